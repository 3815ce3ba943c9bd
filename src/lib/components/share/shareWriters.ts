// Everything the Download / Share menu needs to write a file, as one module
// loaded when the menu opens (see ShareButton): the CSV and JSON writers,
// the picture, file names and saving.
export { fileBlob, onScreenCsv, onScreenJson } from '$lib/export/onScreen';
export { pictureTexts } from '$lib/export/pictureTexts';
export { saveFile } from '$lib/export/saveFile';
export { viewFileStem } from '$lib/export/viewFiles';
export { makeViewSvg, svgToPng } from '$lib/export/viewImage';
