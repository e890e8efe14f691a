import type { Ask } from '../../app/types.js';
import type { Answer, AnswerOptions, Reading } from '../../engine/index.js';

type AnswerFn = (question: unknown, options?: AnswerOptions) => Answer;

/**
 * The smallest Ask that makes the web chat useful on its own: the engine plus each conversation's
 * last reading, so "en in 2023?" follows on. The shared Ask of `npm start` (rate limits, logging)
 * replaces it there. Conversations are kept in a bounded map: a long-running chat must not grow.
 */
export function createEngineAsk(answer: AnswerFn, capacity = 1000): Ask {
  const readings = new Map<string, Reading>();
  return async (request) => {
    const context = readings.get(request.conversationId) ?? null;
    const result = answer(request.question, { context, ...(request.today ? { today: request.today } : {}) });
    readings.delete(request.conversationId);
    if (result.context) readings.set(request.conversationId, result.context);
    else if (context) readings.set(request.conversationId, context);
    while (readings.size > capacity) readings.delete(readings.keys().next().value as string);
    return result;
  };
}
