import OnsiteCLI

await OnsiteCommand.start()
