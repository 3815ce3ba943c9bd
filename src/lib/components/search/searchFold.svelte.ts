import { tick } from 'svelte';

/**
 * One toolbar's search field as it folds into a button (phones, the embed),
 * shared by the button and the field's row. The two sit apart in the page:
 * the button in the first row of controls, before the languages; the row
 * after every other control, as it is drawn under them, so that Tab meets
 * the controls in the order the eye reads them.
 */
export class SearchFold {
  /** The reader opened the field (a search held in the address shows it too). */
  unfolded = $state(false);
  button = $state<HTMLButtonElement>();
  field = $state<HTMLInputElement>();
  /** The id of the row the button shows and hides. */
  readonly rowId: string;
  /** The pointer came to the button: the row starts loading the rest of search. */
  wanted = $state(false);

  constructor(rowId: string) {
    this.rowId = rowId;
  }

  /** Shows the field and puts the caret in it. */
  open = async (): Promise<void> => {
    this.unfolded = true;
    await tick();
    this.field?.focus();
  };
}
