import { exampleViteConfig } from '@luzhi/example-forms-shared/vite-config';

// Vite compiles JSX with React's automatic runtime by itself: no plugin is needed for this page.
export default exampleViteConfig();
