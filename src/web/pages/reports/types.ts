// The reports API's answers as the staff app reads them (see src/modules/reports/dto.ts).
export interface Count { value: number | null; suppressed: boolean }
export interface Tally { planned: number; held: number }

export interface OverviewDto {
  kind: string;
  threshold: number;
  suppressing: boolean;
  municipalities: { municipalityId: string; name: string; activities: Tally; stage: string | null; nextStage: string | null; recruitment: { target: number; recruited: Count } }[];
  programmeWide: Tally;
  gatherings: Tally | null;
  recruitment: { target: number; recruited: Count };
  consent: { key: string; label: string; consented: Count }[];
  attention: { kind: string; count: Count; link: string; entries: { id: string; label: string; link: string; count: Count | null; date: string | null }[] }[];
}

export interface SteeringCandidate { id: string; kind: 'decision' | 'follow_up'; text: string; owner: string; dueOn: string | null; activityId: string; activity: string }

export interface LinkDto { kind: string; refId: string | null; label: string }
export interface QuestionDto {
  id: string;
  position: number;
  text: string;
  status: string;
  sources: LinkDto[];
  analyses: LinkDto[];
  history: { fromStatus: string | null; toStatus: string; by: string; at: string }[];
}
export interface PlanDto { mayEdit: boolean; questions: QuestionDto[]; catalogue: { sources: LinkDto[]; analyses: LinkDto[] } }

export interface ProductDto { kind: 'link' | 'report'; label: string; url: string | null }
export interface DisseminationItemDto {
  id: string; channel: string; title: string; audience: string; plannedOn: string | null; ownerUserId: string | null; ownerName: string | null; ownerRole: string;
  status: string; withParticipants: boolean; products: ProductDto[]; notes: string;
}
export interface DisseminationDto { mayEdit: boolean; staff: { userId: string; name: string }[]; items: DisseminationItemDto[] }
