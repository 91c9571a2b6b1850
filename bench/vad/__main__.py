from bench.vad.run import main

raise SystemExit(main())
