import { describe, expect, it } from 'vitest';
import '../src/define/luzhi-inbox.js';
import { componentMessagesFor, componentsEn, componentsZhCN, messagesFor, registerLocale, registerMessages } from '../src/index.js';
import { mountElement, shadowOf } from './components/mount.js';

describe('component strings in the locale registry', () => {
  it('uses the strings registered with the form\'s for a locale', async () => {
    registerMessages('de', { ...messagesFor('en'), ...componentsEn, noTasks: 'Nichts zu tun', taskCount: (count) => `${count} Aufgaben` });
    const inbox = await mountElement('luzhi-inbox', { tasks: [] }, 'de-AT');
    expect(shadowOf(inbox).querySelector('[part~=empty]')!.textContent).toBe('Nichts zu tun');
    expect(shadowOf(inbox).querySelector('[part=count]')!.textContent).toBe('0 Aufgaben');
  });

  it('falls back to the built-in Chinese or English by language when a locale has only the form\'s strings', () => {
    registerLocale('zh-Hant', { ...messagesFor('zh-CN'), submit: '提交' });
    registerLocale('es', { ...messagesFor('en'), submit: 'Enviar' });
    expect(componentMessagesFor('zh-Hant').noTasks).toBe('暂无待办事项');
    expect(componentMessagesFor('es').noTasks).toBe('Nothing to do');
    expect(componentMessagesFor('ja').noTasks).toBe('暂无待办事项');
  });

  it('names no event after a member of Object.prototype: an action called toString or constructor has no built-in title', () => {
    for (const type of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(componentsZhCN.eventTitle(type)).toBeUndefined();
      expect(componentsEn.eventTitle(type)).toBeUndefined();
    }
    expect(componentsZhCN.eventTitle('start')).toBe('创建');
    expect(componentsEn.eventTitle('start')).toBe('Created');
  });
});
