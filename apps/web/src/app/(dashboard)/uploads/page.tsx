import type { Metadata } from "next";
import { AdminOnly } from "@/components/admin-only";
import { getServerI18n } from "@/i18n/server-locale";
import { UploadManager } from "./upload-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getServerI18n()).t.uploads.title };
}

export default function UploadsPage() {
  return (
    <AdminOnly>
      <UploadManager />
    </AdminOnly>
  );
}
