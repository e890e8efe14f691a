import { describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/adapters/slack/index.js';
import type { Block } from '../../../src/adapters/slack/limits.js';
import { valueAnswer } from '../../fixtures/answers.js';
import { BOT_TOKEN, recordingLogger, scriptedAsk } from './helpers.js';
import { readMessage } from './read.js';
import { startStandIn, TEAM_ID } from './stand-in.js';
import { startSocketModeServer } from './websocket.js';

const APP_TOKEN = 'xapp-1-A0INDAPP1-0000-0123456789abcdef';

describe('Socket Mode (SLACK_APP_TOKEN set)', () => {
  it('connects through SLACK_API_URL with the app token, acknowledges /ind over the socket and answers it', async () => {
    const socket = await startSocketModeServer();
    const standIn = await startStandIn({
      api: (c) => (c.method === 'apps.connections.open' ? { ok: true, url: socket.url } : undefined),
    });
    const { ask, requests } = scriptedAsk(() => valueAnswer);
    const { logger, lines } = recordingLogger();
    const adapter = createSlackAdapter(
      {
        botToken: BOT_TOKEN,
        signingSecret: null,
        appToken: APP_TOKEN,
        apiUrl: standIn.apiUrl,
        responseType: 'in_channel',
      },
      { ask, logger },
    );
    try {
      expect(adapter.mode).toBe('socket');
      expect(adapter.requestListener).toBeNull();
      await adapter.start();
      const open = standIn.api.find((c) => c.method === 'apps.connections.open');
      expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);
      expect(standIn.api.find((c) => c.method === 'auth.test')?.authorization).toBe(`Bearer ${BOT_TOKEN}`);

      socket.send({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          team_id: TEAM_ID,
          channel_id: 'C0NEWS001',
          user_id: 'U0REPORTR',
          command: '/ind',
          text: 'Hoeveel naturalisatieaanvragen in 2024?',
          api_app_id: 'A0INDAPP1',
          response_url: standIn.responseUrl('socket-cmd'),
          trigger_id: '1.2.3',
        },
      });
      const ack = await socket.waitFor((m) => m.envelope_id === 'env-1');
      expect(ack.payload).toEqual({ response_type: 'in_channel' });
      const reply = await standIn.waitFor(() => standIn.responses.find((r) => r.id === 'socket-cmd'));
      expect(readMessage(reply.body as { blocks: Block[] }, []).text).toContain('54.780');
      expect(requests[0]?.conversationId).toBe(`slack:${TEAM_ID}:C0NEWS001:U0REPORTR`);
    } finally {
      await adapter.stop({ graceMs: 1000 });
      await socket.close();
      await standIn.close();
    }
    expect(JSON.stringify(lines)).not.toContain(APP_TOKEN);
    expect(JSON.stringify(lines)).not.toContain(BOT_TOKEN);
  });
});
