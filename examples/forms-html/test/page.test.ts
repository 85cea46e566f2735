import { describeExamplePage } from '@luzhi/example-forms-shared/page-check';

describeExamplePage('the plain HTML example', new URL('..', import.meta.url).pathname);
