export { default } from '@luzhi/example-forms-shared/vitest-config';
