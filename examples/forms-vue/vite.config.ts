import { exampleViteConfig } from '@luzhi/example-forms-shared/vite-config';
import vue from '@vitejs/plugin-vue';

// Tags starting with `luzhi-` are custom elements, not Vue components.
export default exampleViteConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('luzhi-') } } })],
});
