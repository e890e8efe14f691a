import { writeFile } from 'node:fs/promises';
import { commandLine } from '../../ops/command-line.js';
import { MANIFEST_PATH, slackManifestYaml } from './manifest.js';

const USAGE = `usage: npm run slack-manifest -- [--request-url https://host/slack/events] [--write]

  Prints the Slack app manifest (Socket Mode); --request-url gives the HTTP-mode variant;
  --write regenerates ${MANIFEST_PATH} after editing commands/ind.ts.`;

const { values } = commandLine('slack-manifest', USAGE, {
  options: {
    'request-url': { type: 'string' },
    write: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});
const requestUrl = values['request-url'];

if (requestUrl !== undefined && !/^https:\/\/\S+$/.test(requestUrl)) {
  console.error(
    '--request-url needs the public https URL of /slack/events, e.g. https://bot.example.org/slack/events',
  );
  process.exit(2);
}
if (values.write) {
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
