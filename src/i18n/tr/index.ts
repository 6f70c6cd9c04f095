// The Turkish catalogue (tr), one JSON file per namespace mirroring src/i18n/en/ (same keys, plural forms for tr).
import common from './common.json';
import model from './model.json';
import importNs from './import.json';
import engine from './engine.json';
import ui from './ui.json';
import store from './store.json';
import palette from './palette.json';
import canvas from './canvas.json';
import journey from './journey.json';
import messages from './messages.json';
import inspector from './inspector.json';
import projects from './projects.json';
import present from './present.json';
import members from './members.json';
import frame from './frame.json';
import importXlsx from './import-xlsx.json';
import importParquet from './import-parquet.json';
import importArrow from './import-arrow.json';
import importZip from './import-zip.json';
import importText from './import-text.json';
import importDialog from './import-dialog.json';
import importJson from './import-json.json';
import inputNs from './input.json';
import canvasBranches from './canvas-branches.json';

export default { ...common, ...model, ...importNs, ...engine, ...ui, ...store, ...palette, ...canvas, ...journey, ...messages, ...inspector, ...projects, ...present, ...members, ...frame, ...importXlsx, ...importParquet, ...importArrow, ...importZip, ...importText, ...importDialog, ...importJson, ...inputNs, ...canvasBranches } as Record<string, string | Record<string, string>>;
