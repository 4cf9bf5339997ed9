-- CreateTable
CREATE TABLE "stored_file_chunk" (
    "storage_key" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "stored_file_chunk_pkey" PRIMARY KEY ("storage_key","seq")
);

-- AddForeignKey
ALTER TABLE "stored_file_chunk" ADD CONSTRAINT "stored_file_chunk_storage_key_fkey" FOREIGN KEY ("storage_key") REFERENCES "attachment"("storage_key") ON DELETE CASCADE ON UPDATE CASCADE;

-- Pieces are numbered from 0 and hold 1 byte to 1 MiB.
ALTER TABLE "stored_file_chunk" ADD CONSTRAINT "stored_file_chunk_piece" CHECK ("seq" >= 0 AND octet_length("data") BETWEEN 1 AND 1048576);
-- Attachments are mostly compressed already (PDF, DOCX, PNG): store out of line without trying to compress.
ALTER TABLE "stored_file_chunk" ALTER COLUMN "data" SET STORAGE EXTERNAL;
