import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/popup/Popup';
import { browserApi } from '../../lib/ui/browser-api';
import { openReport } from './report-hook';
import '../../components/styles/hazard-ui.css';
import '../../components/styles/pages.css';

createRoot(document.getElementById('root')!).render(<Popup api={browserApi()} onReport={openReport} />);
