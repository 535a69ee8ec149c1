// "Show in folder" for exports, Electron only: the system file manager opens on the file. The
// export handler decides which paths may be shown (only files inside the export folder).
import { shell } from 'electron';

export const electronShell = {
  showItemInFolder(path: string): void {
    shell.showItemInFolder(path);
  },
};
