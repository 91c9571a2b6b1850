from bench.tts.run import main

raise SystemExit(main())
