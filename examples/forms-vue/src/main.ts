import '@luzhi/forms/define/luzhi-inbox';
import '@luzhi/forms/define/luzhi-task-panel';
import '@luzhi/forms/define/luzhi-timeline';
import '@luzhi/forms/define/luzhi-diagram';
import { createDemo } from '@luzhi/example-forms-shared';
import '@luzhi/example-forms-shared/page.css';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App, { demo: await createDemo() }).mount('#app');
