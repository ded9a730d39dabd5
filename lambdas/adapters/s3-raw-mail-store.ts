import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import type { RawMailStore } from "../ports";

/** Raw mail as SES's S3 action stored it; kept so nothing a user forwards is ever lost. */
export class S3RawMailStore implements RawMailStore {
  constructor(private readonly props: { readonly client: S3Client; readonly bucket: string }) {}

  /** Null when there is no such object (it needs s3:ListBucket: without it S3 answers AccessDenied). */
  async get(key: string): Promise<Uint8Array | null> {
    try {
      const { Body } = await this.props.client.send(
        new GetObjectCommand({ Bucket: this.props.bucket, Key: key }),
      );
      if (!Body) throw new Error(`Raw mail ${key} has no body`);
      return await Body.transformToByteArray();
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async put(key: string, raw: Uint8Array): Promise<void> {
    await this.props.client.send(new PutObjectCommand({ Bucket: this.props.bucket, Key: key, Body: raw }));
  }

  async delete(key: string): Promise<void> {
    await this.props.client.send(new DeleteObjectCommand({ Bucket: this.props.bucket, Key: key }));
  }
}
