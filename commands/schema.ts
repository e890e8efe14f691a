import { z } from 'zod';

const Text = z.object({ en: z.string().min(1), nl: z.string().min(1) });

/** A chat command declared once as data; Slack, Discord, the help text and registration read it. */
export const CommandSchema = z.object({
  /** The command as typed, without the slash: lower case, as Slack and Discord both require. */
  name: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
  description: Text.refine((d) => d.en.length <= 100 && d.nl.length <= 100, 'Discord allows 100 characters'),
  options: z.array(
    z.object({
      name: Text.refine(
        (n) => /^[a-z0-9_-]{1,32}$/.test(n.en) && /^[a-z0-9_-]{1,32}$/.test(n.nl),
        'option names are lower-case words',
      ),
      description: Text,
      type: z.literal('string'),
      required: z.boolean(),
      autocomplete: z.boolean(),
      maxLength: z.number().int().positive().max(6000),
    }),
  ),
  /** Shown by help, in Slack's usage hint and the manifest. */
  usageHint: Text,
  examples: z.object({ en: z.array(z.string()).min(3), nl: z.array(z.string()).min(3) }),
});
export type Command = z.infer<typeof CommandSchema>;
