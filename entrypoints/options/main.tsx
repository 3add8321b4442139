import { createRoot } from 'react-dom/client';
import { Options } from '../../components/options/Options';
import { HazardDb } from '../../lib/hazards/db';
import { getSettings } from '../../lib/settings';
import { browserApi } from '../../lib/ui/browser-api';
import { clearLocalData, exportLocalData, type LocalDataApi } from '../../lib/ui/local-data';
import '../../components/styles/hazard-ui.css';
import '../../components/styles/pages.css';

// The extension's own database, opened here only for the user's tables (export / delete).
const db = new HazardDb();
const data: LocalDataApi = {
  exportData: async () => exportLocalData(db, await getSettings()),
  clearData: () => clearLocalData(db),
};

createRoot(document.getElementById('root')!).render(
  <Options api={browserApi()} data={data} welcome={location.hash === '#welcome'} />,
);
