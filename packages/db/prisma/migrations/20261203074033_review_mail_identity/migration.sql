-- AlterTable
ALTER TABLE "review" ADD COLUMN     "mail_reply_to" TEXT,
ADD COLUMN     "mail_sender_name" TEXT;
