import type { ComponentChildren } from 'preact';
import { mt } from '../../i18n/manager-ui';

/** A row of the tally's tables: the CSM's id (its key), the name they are shown by, then a cell per column. */
type ClubRow = [id: string, name: string, ...cells: ComponentChildren[]];

/**
 * One of the President's Club tally's tables, a team's ranking or a category's working: a row per CSM, named in a
 * row header under "CSM", then `columns`. Its caption is its key: no two of the tally's tables share one. Called
 * as a function, not rendered as a component, as the tally's result is (ClubResult.tsx): it keeps no state, and its
 * props, written at the calls and in the definition, cost the tools' file more than arguments.
 */
export function clubTable(caption: string, columns: string[], rows: ClubRow[]) {
  return (
    <div key={caption} class="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {[mt('manager.colCsm'), ...columns].map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([id, name, ...cells]) => (
            <tr key={id}>
              <th scope="row" dir="auto">
                {name}
              </th>
              {columns.map((column, index) => (
                <td key={column}>{cells[index]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
