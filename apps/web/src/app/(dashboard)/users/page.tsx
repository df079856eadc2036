import type { Metadata } from "next";
import { AdminOnly } from "@/components/admin-only";
import { getServerI18n } from "@/i18n/server-locale";
import { UserManager } from "./user-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getServerI18n()).t.users.title };
}

export default function UsersPage() {
  return (
    <AdminOnly>
      <UserManager />
    </AdminOnly>
  );
}
