import { createAsk } from '../../app/ask.js';
import { answer } from '../../app/default-engine.js';
import { chartForAnswer } from '../../charts/index.js';
import { secretValues } from '../../config.js';
import { createLogger } from '../../ops/logger.js';
import { startWebChat } from './server.js';

/** `npm run web`: the chat page on http://127.0.0.1:$PORT (3000 by default). */
const raw = process.env.PORT ?? '3000';
const port = Number(raw);
if (!/^\d+$/.test(raw) || port > 65535) {
  console.error(`PORT must be a port number (0-65535), not "${raw}".`);
  process.exit(2);
}

try {
  const logger = createLogger({ pretty: Boolean(process.stdout.isTTY), secrets: secretValues(process.env) });
  const limits = { maxQuestionLength: 500, ratePerMinute: 60 };
  const ask = createAsk({ answer, charts: chartForAnswer, logger, limits });
  const chat = await startWebChat(
    { ask, charts: chartForAnswer, maxQuestionLength: limits.maxQuestionLength },
    { port },
  );
  console.log(`IND-cijfers web chat: ${chat.url}`);
  const stop = () => {
    chat.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    console.error(`Port ${port} is in use; start with another, e.g. PORT=3001 npm run web.`);
  else console.error('The web chat could not start:', error);
  process.exit(1);
}
