import { i18n } from '#i18n';
import { mountPage } from '@/components/StaticPage';
import { Help } from './Help';
import './style.css';

mountPage(i18n.t('help.title'), () => <Help />);
