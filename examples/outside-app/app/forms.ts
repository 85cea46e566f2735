// A browser bundle's view of @luzhi/forms: the element classes typed, one tag registered.
import { LuzhiForm } from '@luzhi/forms';
import '@luzhi/forms/define/luzhi-form';

const element: LuzhiForm = document.createElement('luzhi-form');
element.addEventListener('luzhi-submit', () => {});
export { element };
