// What the Luzhi elements accept in JSX: their properties, and their events as `on` + event name.
import type { LuzhiDiagram, LuzhiInbox, LuzhiOpenDetail, LuzhiSentDetail, LuzhiTaskPanel, LuzhiTimeline } from '@luzhi/forms';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type ElementProps<T, Props extends keyof T, Events = unknown> = DetailedHTMLProps<HTMLAttributes<T>, T> & Partial<Pick<T, Props>> & Events;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'luzhi-inbox': ElementProps<LuzhiInbox, 'tasks' | 'colour' | 'sort' | 'search' | 'locale', { 'onluzhi-open'?: (event: CustomEvent<LuzhiOpenDetail>) => void }>;
      'luzhi-task-panel': ElementProps<LuzhiTaskPanel, 'view' | 'definition' | 'send' | 'locale', { 'onluzhi-sent'?: (event: CustomEvent<LuzhiSentDetail>) => void }>;
      'luzhi-diagram': ElementProps<LuzhiDiagram, 'view' | 'definition' | 'locale'>;
      'luzhi-timeline': ElementProps<LuzhiTimeline, 'events' | 'definition' | 'newestFirst' | 'locale'>;
    }
  }
}
