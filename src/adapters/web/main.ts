import { runServer } from '../../app/run.js';

/** `npm run web`: the chat page alone on http://127.0.0.1:$PORT (3000 by default). */
await runServer({
  platforms: false,
  usage:
    'usage: npm run web\n  Serves the web chat on http://127.0.0.1:$PORT (PORT 3000 by default; HOST, MAX_QUESTION_LENGTH,\n  RATE_LIMIT_PER_MINUTE and QUICKCHART_URL as in .env.example). Slack and Discord settings are ignored.',
});
