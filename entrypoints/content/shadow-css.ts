/**
 * The page UI's styles, bundled into the UI file as text and given to every shadow root it creates
 * (no stylesheet fetched from the extension, nothing injected into the shop's own document).
 */
import baseCss from '../../components/styles/hazard-ui.css?inline';
import reportCss from '../../components/report/report.css?inline';

export const SHADOW_CSS = `${baseCss}\n${reportCss}`.replaceAll(':root', ':host');
