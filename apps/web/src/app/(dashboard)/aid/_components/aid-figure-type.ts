import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>;

/** One aid figure as the API returns it (queue, drill-down, review results). */
export type AidFigureItem = Outputs["aidFigures"]["queue"]["items"][number];
export type AidCharts = Outputs["aidFigures"]["charts"];
