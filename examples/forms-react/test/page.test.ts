import { describeExamplePage } from '@luzhi/example-forms-shared/page-check';

describeExamplePage('the React 19 example', new URL('..', import.meta.url).pathname);
