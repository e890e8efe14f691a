import { languageOf, NOTICES } from '../../app/messages.js';
import type { Answer } from '../../contract/answer.js';
import type { Ask } from '../../contract/ask.js';
import { chosenOption } from './choice.js';
import { renderTerminal } from './render.js';

/**
 * One terminal conversation through the ask layer, which keeps the follow-up context ("en in
 * 2023?"). A numbered suggestion can be picked by its number, and a question back by the words of
 * one of its options; a failure is reported in words and the conversation goes on.
 */
export class TerminalSession {
  private last: Answer | null = null;

  constructor(
    private readonly ask: Ask,
    private readonly options: { color?: boolean; today?: string; conversationId?: string } = {},
  ) {}

  /** What a typed line asks: a picked suggestion, or the line itself. */
  question(line: string): string {
    const options = this.last?.suggestions ?? [];
    return chosenOption(line, options, this.last?.kind === 'clarification') ?? line;
  }

  async turn(line: string): Promise<{ text: string; answer: Answer | null }> {
    const question = this.question(line);
    try {
      const { answer } = await this.ask({
        question,
        adapter: 'cli',
        userId: 'terminal',
        conversationId: this.options.conversationId ?? 'cli:terminal',
        ...(this.options.today ? { today: this.options.today } : {}),
      });
      this.last = answer;
      const echo = question === line ? '' : `→ ${question}\n`;
      return {
        text: echo + renderTerminal(answer, { color: this.options.color ?? false, numbered: true }),
        answer,
      };
    } catch {
      this.last = null;
      return { text: `${NOTICES[languageOf(question)].failed}\n`, answer: null };
    }
  }
}
