--liquibase formatted sql

--changeset kundlofte:base-1-charset
--comment: Pin the character set and a collation that sorts and compares Swedish text correctly (å, ä, ö are letters of their own).
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;
