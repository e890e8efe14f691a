import { writeFile } from 'node:fs/promises';
import { MANIFEST_PATH, slackManifestYaml } from './manifest.js';

/**
 * Prints the Slack app manifest. `--request-url https://host/slack/events` gives the HTTP-mode
 * variant; `--write` regenerates the committed Socket Mode manifest (after editing commands/ind.ts).
 */
const args = process.argv.slice(2);
const at = args.indexOf('--request-url');
const requestUrl = at === -1 ? undefined : args[at + 1];

if (at !== -1 && !/^https:\/\/\S+$/.test(requestUrl ?? '')) {
  console.error(
    '--request-url needs the public https URL of /slack/events, e.g. https://bot.example.org/slack/events',
  );
  process.exit(2);
}
if (args.includes('--write')) {
  if (requestUrl) {
    console.error(
      `--write regenerates ${MANIFEST_PATH} (Socket Mode); print the HTTP-mode variant without it.`,
    );
    process.exit(2);
  }
  await writeFile(MANIFEST_PATH, slackManifestYaml());
  console.log(`wrote ${MANIFEST_PATH}`);
} else {
  process.stdout.write(slackManifestYaml({ requestUrl }));
}
