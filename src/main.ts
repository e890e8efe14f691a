import { runServer } from './app/run.js';

/**
 * `npm start`: starts every adapter whose configuration is present (Slack, Discord, both); with none
 * it serves the local web chat.
 */
await runServer({
  platforms: true,
  usage:
    'usage: npm start\n  Starts Slack and/or Discord as configured in the environment or .env (see .env.example);\n  with neither configured, serves the local web chat.',
});
