import '@luzhi/forms/define/luzhi-inbox';
import '@luzhi/forms/define/luzhi-task-panel';
import '@luzhi/forms/define/luzhi-timeline';
import '@luzhi/forms/define/luzhi-diagram';
import { createDemo } from '@luzhi/example-forms-shared';
import '@luzhi/example-forms-shared/page.css';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

createRoot(document.querySelector('#app')!).render(<App demo={await createDemo()} />);
