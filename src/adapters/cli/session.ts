import type { Answer, Reading } from '../../contract/answer.js';
import { renderTerminal } from './render.js';

export type TerminalAsk = (question: string, context: Reading | null) => Answer | Promise<Answer>;

/**
 * One terminal conversation: each question is answered with the previous reading as context, so
 * "en in 2023?" follows on; a failure is reported in words and the conversation goes on.
 */
export class TerminalSession {
  private context: Reading | null = null;

  constructor(
    private readonly ask: TerminalAsk,
    private readonly color = false,
  ) {}

  async turn(question: string): Promise<{ text: string; answer: Answer | null }> {
    try {
      const answer = await this.ask(question, this.context);
      this.context = answer.context ?? this.context;
      return { text: renderTerminal(answer, this.color), answer };
    } catch {
      const nl = !/\b(how|what|which|the)\b/i.test(question);
      return {
        text: nl
          ? 'Er ging iets mis bij het beantwoorden van deze vraag. Probeer het opnieuw of stel de vraag anders.\n'
          : 'Something went wrong answering this question. Please try again or rephrase it.\n',
        answer: null,
      };
    }
  }
}
