// Shapes of the course-experience API answers (src/modules/prepost/course-experience.ts).
type Described = { ok: true; n: number; mean: number; sd: number | null; median: number; q1: number; q3: number } | { ok: false; messageKey: string };

export interface CourseExperienceDto {
  title: string;
  summary: {
    courses: { key: string; label: string; isPilot: boolean; n: number; suppressed: boolean }[];
    groups: { key: 'pilot' | 'later' | 'all'; n: number; suppressed: boolean }[];
    items: { variable: string; label: string; options: { code: string; label: string }[]; counts: Record<string, number[]> }[];
    scales: { name: string; label: string; byGroup: Record<string, Described | null> }[];
    freeText: { variable: string; label: string; answers: { courseKey: string; course: string; isPilot: boolean; text: string }[] }[];
  };
}
