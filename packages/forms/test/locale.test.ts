import { describe, expect, it } from 'vitest';
import { localeOf, matchLocale, messagesFor, registerLocale } from '../src/index.js';
import '../src/define/luzhi-form.js';

describe('locale registry', () => {
  it('follows the nearest lang, then the document', () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const form = document.createElement('luzhi-form');
    outer.append(form);
    document.body.append(outer);
    expect(localeOf(form)).toBe('en');
    expect(localeOf(form, 'zh-CN')).toBe('zh-CN');
    outer.remove();
  });

  it('falls back by language, then to zh-CN', () => {
    expect(matchLocale('en-GB')).toBe('en');
    expect(matchLocale('zh-TW')).toBe('zh-CN');
    expect(matchLocale('fr')).toBe('zh-CN');
    registerLocale('fr', { ...messagesFor('en'), submit: 'Envoyer' });
    expect(messagesFor('fr-CA').submit).toBe('Envoyer');
  });

  it('renders its own strings in the page language', async () => {
    const outer = document.createElement('div');
    outer.lang = 'en';
    const form = document.createElement('luzhi-form');
    form.schema = { type: 'object', properties: { title: { type: 'string' } } };
    outer.append(form);
    document.body.append(outer);
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part~=submit]')!.textContent!.trim()).toBe('Submit');
    outer.remove();
  });
});
