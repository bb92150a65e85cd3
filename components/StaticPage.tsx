// Mounts a simple page: shared styles, a translated title, one component.
import '@/components/base.css';
import { type ComponentType, render } from 'preact';

export function mountPage(title: string, Page: ComponentType) {
  document.title = title;
  render(<Page />, document.getElementById('app') as HTMLElement);
}
