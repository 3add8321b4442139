import { createRoot } from 'react-dom/client';

function Options() {
  return <main><h1>Hazard Check settings</h1></main>;
}

createRoot(document.getElementById('root')!).render(<Options />);
