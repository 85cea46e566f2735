import { exampleViteConfig } from '@luzhi/example-forms-shared/vite-config';

export default exampleViteConfig();
