// Shapes of the live-board API (src/modules/codesign/board-dto.ts) as the staff app reads them.
export type BoardRole = 'recipient' | 'provider' | 'leader';
export const boardRoleList: BoardRole[] = ['recipient', 'provider', 'leader'];
export interface RoleTally { points: number | null; voters: number | null; mean: number | null; suppressed: boolean }
export interface Tallies {
  mode: 'dots' | 'ranking' | 'rating'; forStorage: boolean; threshold: number;
  voters: Record<BoardRole, { value: number | null; suppressed: boolean }>;
  ballots: number | null;
  items: { itemId: string; label: string; kind: string; refId: string | null; rank: number; byRole: Record<BoardRole, RoleTally>; total: RoleTally; carried: Record<string, { points: number | null; voters: number | null }> | null }[];
}
export interface BoardSummary {
  id: string; activityId: string; municipalityId: string | null; title: string; purpose: 'prioritise' | 'respond'; mode: 'dots' | 'ranking' | 'rating';
  identity: 'anonymous' | 'code'; role: BoardRole | null; dotsPerPerson: number; maxDotsPerItem: number; allowIdeas: boolean; status: 'draft' | 'open' | 'closed';
  joinCode: string; joinUrl: string; codeExpiresAt: string | null; version: number; documentId: string | null; createdAt: string;
}
export interface BoardItem { id: string; kind: string; label: string; description: string; status: string; authorRole: BoardRole | null; carried: Record<string, { points: number | null; voters: number | null }> | null }
export interface BoardView extends BoardSummary { items: BoardItem[]; pending: BoardItem[]; tallies: Tallies; mayRun: boolean }
