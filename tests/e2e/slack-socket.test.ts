/**
 * Socket Mode end to end: apps.connections.open on the fake Web API hands out a local `ws` URL;
 * envelopes go down the socket, acks come back up, replies go to the fake API and sink.
 */
import { afterEach, expect, it } from 'vitest';
import { blockAction, eventCallback, slashCommand } from '../fakes/slack-api.js';
import { type SlackHarness, startSlackHarness } from '../fakes/slack-harness.js';

let h: SlackHarness;
afterEach(async () => {
  await h?.close();
});

const form = (body: string) => Object.fromEntries(new URLSearchParams(body));
const mention = { type: 'app_mention', user: 'U1', text: '<@UBOT> 新增多少张病床?', ts: '1700000100.000100', channel: 'C1' };

it('connects with the app token and answers /report over the socket, acking the envelope', async () => {
  h = await startSlackHarness({ socket: true });
  const open = h.api.callsOf('apps.connections.open');
  expect(open).toHaveLength(1);
  expect(open[0]?.authorized).toBe(true);
  expect(h.adapter.handleHttp).toBeUndefined();

  h.api.sendEnvelope({
    envelope_id: 'env-1',
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: form(slashCommand({ text: '新增多少张病床?', response_url: h.api.responseUrl('s1') }).body),
  });
  await h.api.waitFor(() => h.api.hooks.length === 1 && h.api.socketAcks.length === 1, 'answer and ack');
  expect(h.api.socketAcks[0]?.envelope_id).toBe('env-1');
  expect(h.api.hooks[0]?.payload.response_type).toBe('ephemeral');
  expect(JSON.stringify(h.api.hooks[0]?.payload.blocks)).toContain('新增病床2555张');
});

it('answers a mention in its thread once, even when Slack re-sends the envelope', async () => {
  h = await startSlackHarness({ socket: true });
  const payload = JSON.parse(eventCallback(mention, 'EvSock').body) as Record<string, unknown>;
  h.api.sendEnvelope({ envelope_id: 'env-2', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload });
  await h.api.waitFor(() => h.api.callsOf('chat.postMessage').length === 1, 'the reply');
  h.api.sendEnvelope({ envelope_id: 'env-3', type: 'events_api', accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout', payload });
  await h.api.waitFor(() => h.api.socketAcks.length === 2, 'both acks');
  await h.adapter.idle();
  const posts = h.api.callsOf('chat.postMessage');
  expect(posts).toHaveLength(1);
  expect(posts[0]?.payload).toMatchObject({ channel: 'C1', thread_ts: '1700000100.000100' });
});

it('handles button presses over the socket (👍 recorded)', async () => {
  h = await startSlackHarness({ socket: true });
  const payload = JSON.parse(eventCallback(mention).body) as Record<string, unknown>;
  h.api.sendEnvelope({ envelope_id: 'env-4', type: 'events_api', accepts_response_payload: false, payload });
  await h.api.waitFor(() => h.api.callsOf('chat.postMessage').length === 1, 'the reply');
  const blocks = h.api.callsOf('chat.postMessage')[0]?.payload.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
  const up = blocks.find((b) => b.type === 'actions')?.elements?.find((e) => e.action_id.startsWith('rb:fb:'));
  const press = JSON.parse(
    new URLSearchParams(blockAction({ button: { action_id: up?.action_id ?? '', value: up?.value }, response_url: h.api.responseUrl('fb') }).body).get(
      'payload',
    ) ?? '{}',
  ) as Record<string, unknown>;
  h.api.sendEnvelope({ envelope_id: 'env-5', type: 'interactive', accepts_response_payload: false, payload: press });
  await h.api.waitFor(() => h.api.hooks.some((x) => x.id === 'fb'), 'the thanks');
  expect(h.store.feedback[0]).toMatchObject({ rating: 'up', question: '新增多少张病床?', factIds: ['health-01'] });
});
