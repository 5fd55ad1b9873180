import { NavLink } from 'react-router';

export interface SubTab {
  to: string;
  label: string;
  /** Only active on exactly this path (the section's first tab, whose path prefixes the others). */
  end?: boolean;
}

/** A section's sub-navigation (People, Activities, Analysis): links styled as tabs, the current one marked by NavLink. */
export function SubTabs({ label, tabs }: { label: string; tabs: SubTab[] }) {
  return (
    <nav aria-label={label} className="sub-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>{tab.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
