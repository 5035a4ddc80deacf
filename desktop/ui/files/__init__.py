"""文件 → 备份 / 恢复: dialogs, the status-bar label and automatic copies, start-up recovery from a damaged file."""
