import { describeExamplePage } from '@luzhi/example-forms-shared/page-check';

describeExamplePage('the Vue 3 example', new URL('..', import.meta.url).pathname);
