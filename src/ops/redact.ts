/**
 * Redaction of log output by value: the configured secrets themselves, and anything shaped like a
 * credential, wherever it ended up (a question a user pasted it into, an error message, a URL).
 */

const MASK = '[redacted]';

/** Shorter values are not treated as secrets: masking them would garble ordinary words. */
const MIN_SECRET_LENGTH = 8;
/** A question cut for the log can end in the first characters of a secret; this many are masked. */
const MIN_CUT_PREFIX = 6;

/** base64url of a Discord id (a snowflake: 15-21 digits), the first part of a bot token. */
function isSnowflakeBase64(part: string): boolean {
  return /^\d{15,21}$/.test(Buffer.from(part, 'base64url').toString('latin1'));
}

/**
 * Discord bot tokens: three base64url parts; the first is the bot's id, the last an HMAC. Matches
 * start only where a run of such characters starts, which keeps the scan linear on long text.
 */
function maskDiscordTokens(text: string): string {
  return text
    .replace(/(?<![\w-])[\w-]{16,}\.[\w-]{4,}\.[\w-]{20,}/g, (token) => {
      const [id, stamp, hmac] = token.split('.') as [string, string, string];
      const shaped = isSnowflakeBase64(id) || (id.length >= 23 && stamp.length >= 6 && hmac.length >= 25);
      return shaped ? MASK : token;
    })
    .replace(/(?<![\w.-])[\w-]{16,}\.[\w.-]*$/, (cut) =>
      isSnowflakeBase64(cut.split('.')[0]!) ? MASK : cut,
    );
}

/** Shapes of credentials, whatever text they are in. */
const SHAPES: [RegExp, string][] = [
  // Slack tokens: xoxb- (bot), xoxp- (user), xoxa-, xoxr-, xoxe-, xoxs-, xoxo-, xapp- (app-level).
  [/x(?:ox[a-z]|app)-[\w-]+/g, MASK],
  // Slack response_urls and webhooks carry their credential in the path.
  [/(hooks\.slack(?:-gov)?\.com\/(?:commands|actions|services|workflows|triggers)\/)[^\s"')]+/g, `$1${MASK}`],
  // Discord interaction and channel webhooks: /webhooks/<id>/<token>.
  [/(\/webhooks\/\d+\/)[^\s/"')]+/g, `$1${MASK}`],
  // A password in a URL (https://user:password@host).
  [/((?<![\w+.-])[a-z][\w+.-]*:\/\/[^\s/:@"]*:)[^\s/@"]+@/gi, `$1${MASK}@`],
];

export interface Redactor {
  /** Replaces every secret and credential-shaped string in a text with "[redacted]". */
  text(text: string): string;
  /**
   * The same for every string (keys and values, at any depth) of one serialized JSON log line.
   * Each string is decoded first, so a secret behind an escape ("\nxoxb-…") is found, and encoded
   * again, so the line stays valid JSON.
   */
  jsonLine(line: string): string;
}

/**
 * Anything a shape could match, read loosely enough to hold in JSON-escaped text as well: a line
 * with none of these (nearly every line) is written without decoding its strings.
 */
const SUSPECT = /x(?:ox[a-z]|app)-|hooks\.slack|\/webhooks\/\d|:\/\/[^\s/]*@|(?<![\w-])[\w-]{16,}\./;

/** A JSON string literal, escapes included. */
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g;

/**
 * Masks every occurrence of each secret, the end of a text that is the start of one (a question
 * cut to length mid-secret), and every credential-shaped string.
 */
export function createRedactor(secrets: Iterable<string | null | undefined> = []): Redactor {
  const values = [...new Set([...secrets].filter((s): s is string => !!s && s.length >= MIN_SECRET_LENGTH))]
    // Longest first, so a secret that contains another is masked whole.
    .sort((a, b) => b.length - a.length);
  // The start of each secret, raw and as JSON writes it: enough to spot a whole or a cut one.
  const heads = values.flatMap((v) => {
    const head = v.slice(0, MIN_CUT_PREFIX);
    return [head, JSON.stringify(head).slice(1, -1)];
  });
  const suspect = (line: string) => SUSPECT.test(line) || heads.some((h) => line.includes(h));

  const text = (input: string): string => {
    let out = input;
    for (const secret of values) {
      if (out.includes(secret)) out = out.split(secret).join(MASK);
      out = maskCutPrefix(out, secret);
    }
    for (const [shape, replacement] of SHAPES) out = out.replace(shape, replacement);
    return maskDiscordTokens(out);
  };

  const jsonLine = (line: string): string => {
    if (!suspect(line)) return line;
    return line.replace(JSON_STRING, (literal) => {
      const inner = literal.slice(1, -1);
      if (!inner.includes('\\')) {
        const clean = text(inner);
        return clean === inner ? literal : JSON.stringify(clean);
      }
      let value: string;
      try {
        value = JSON.parse(literal) as string;
      } catch {
        return `"${text(inner)}"`;
      }
      const clean = text(value);
      return clean === value ? literal : JSON.stringify(clean);
    });
  };

  return { text, jsonLine };
}

/** Masks the end of `text` when it is the first MIN_CUT_PREFIX or more characters of `secret`. */
function maskCutPrefix(text: string, secret: string): string {
  const head = secret.slice(0, MIN_CUT_PREFIX);
  for (let i = text.indexOf(head, Math.max(0, text.length - secret.length)); i !== -1; ) {
    if (secret.startsWith(text.slice(i))) return text.slice(0, i) + MASK;
    i = text.indexOf(head, i + 1);
  }
  return text;
}

/** Masks credential shapes only: for text logged where no configuration is known. */
export const scrub = createRedactor().text;
