// Every message declared in src/shared/messages.ts has a handler and a validator, and the content
// script answers every request the background sends it (design.md, practice 9).
import { describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { handlers } from '../../src/background/handlers';
import { PAYLOAD_VALIDATORS } from '../../src/background/request-validators';
import { CONTENT_ALLOWED } from '../../src/shared/messages';
import { interfaceKeys, read } from './helpers';

const messages = read('src/shared/messages.ts');
const backgroundTypes = interfaceKeys(messages, 'BackgroundRequests');
const contentTypes = interfaceKeys(messages, 'ContentRequests');

describe('message map', () => {
  it('declares the request types the extension relies on', () => {
    expect(backgroundTypes).toEqual(expect.arrayContaining(['tab.getArticle', 'reader.open', 'reader.get', 'content.detected']));
    expect(contentTypes).toEqual(['content.ping', 'content.extract']);
  });

  it('has exactly one handler and one validator per background request type', () => {
    expect(Object.keys(handlers).sort()).toEqual([...backgroundTypes].sort());
    expect(Object.keys(PAYLOAD_VALIDATORS).sort()).toEqual([...backgroundTypes].sort());
  });

  it('lets content scripts send only declared types', () => {
    for (const type of CONTENT_ALLOWED) expect(backgroundTypes).toContain(type);
    expect(CONTENT_ALLOWED).toEqual(['content.detected']);
  });

  it('has the injected extractor answer every content request', () => {
    const content = read('src/content/main.ts');
    for (const type of contentTypes) expect(content).toContain(`message.type === '${type}'`);
  });
});
